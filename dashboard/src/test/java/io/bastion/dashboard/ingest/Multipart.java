package io.bastion.dashboard.ingest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A multipart/form-data body written by hand, so a test controls the file names exactly as a client sends them. */
final class Multipart
{
    private final String boundary = "bastion-test-boundary";
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    Multipart file(String name, byte[] content)
    {
        files.put(name, content);
        return this;
    }

    String contentType()
    {
        return "multipart/form-data; boundary=" + boundary;
    }

    HttpRequest.BodyPublisher body()
    {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(body.toByteArray());
    }
}
