package io.bastion.dashboard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * The JSON converter of every API, which writes a KPI family's answer ({@link FamilyData}) once: {@link MartCache} hands
 * out the same instance until the data under it changes, so its bytes are kept beside it — by identity and only as long
 * as the answer itself is kept — and every later request for it is a copy of those bytes, with its Content-Length.
 * Everything else is written by Jackson as usual.
 */
public final class KeptAnswerJson
        extends MappingJackson2HttpMessageConverter
{
    private final Cache<FamilyData, byte[]> written = Caffeine.newBuilder().weakKeys().build();

    public KeptAnswerJson(ObjectMapper mapper)
    {
        super(mapper);
    }

    @Override
    protected Long getContentLength(Object object, MediaType contentType)
            throws IOException
    {
        if (object instanceof FamilyData answer && isUtf8(contentType)) {
            return (long) bytes(answer).length;
        }
        return super.getContentLength(object, contentType);
    }

    @Override
    protected void writeInternal(Object object, Type type, HttpOutputMessage output)
            throws IOException
    {
        if (object instanceof FamilyData answer && isUtf8(output.getHeaders().getContentType())) {
            output.getBody().write(bytes(answer));
            return;
        }
        super.writeInternal(object, type, output);
    }

    private byte[] bytes(FamilyData answer)
    {
        return written.get(answer, ignored -> {
            try {
                return getObjectMapper().writeValueAsBytes(answer);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Jackson writes UTF-8 unless a request asks for another charset. */
    private static boolean isUtf8(MediaType contentType)
    {
        return contentType == null || contentType.getCharset() == null || "UTF-8".equalsIgnoreCase(contentType.getCharset().name());
    }
}
