package io.bastion.dashboard.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.dashboard.BastionSettings.HttpSource;
import io.bastion.dashboard.analysis.AnalysisRequests;
import io.bastion.dashboard.ingest.PulledFiles.Pulled;
import io.bastion.dashboard.ingest.PulledFiles.Version;
import io.bastion.ingest.load.FileOutcome;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.IngestionListener;
import io.bastion.ingest.load.PullFailure;
import io.bastion.ingest.load.RunSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * One pull from a branch system: read its listing, download the files not pulled before into a
 * private folder, ingest them in one run (source {@code http-pull}), and only then record them as
 * pulled, so a failed run fetches them again next time. A listing or download that fails (an HTTP
 * error, a broken connection) is recorded in the run — table pull_failure and the run's message —
 * and, never recorded as pulled, is asked for again at the next scheduled pull.
 */
public final class HttpPull
{
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration LISTING_TIMEOUT = Duration.ofSeconds(30);
    static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(2);
    /** The remote name a failed listing is recorded under. */
    static final String LISTING = "(文件清单 listing)";
    private static final String SOURCE = "http-pull";
    private static final Logger log = LoggerFactory.getLogger(HttpPull.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpSource source;
    private final Ingestion ingestion;
    private final PulledFiles pulledFiles;
    private final long maxFileBytes;
    private final AnalysisRequests analysisRequests;
    private final HttpClient client;

    /** A pull whose runs ask for no analysis. */
    public HttpPull(HttpSource source, Ingestion ingestion, PulledFiles pulledFiles, long maxFileBytes)
    {
        this(source, ingestion, pulledFiles, maxFileBytes, AnalysisRequests.none());
    }

    /**
     * A pull whose runs go through {@code analysisRequests}: the ingestion of downloaded files as every ingestion of received
     * files does (the kept Spark driver starting with it), a run that records only an unreadable listing without starting one.
     */
    public HttpPull(HttpSource source, Ingestion ingestion, PulledFiles pulledFiles, long maxFileBytes, AnalysisRequests analysisRequests)
    {
        this.source = requireNonNull(source, "source is null");
        this.ingestion = requireNonNull(ingestion, "ingestion is null");
        this.pulledFiles = requireNonNull(pulledFiles, "pulledFiles is null");
        this.maxFileBytes = maxFileBytes;
        this.analysisRequests = requireNonNull(analysisRequests, "analysisRequests is null");
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Pulls what is new; empty when nothing was. */
    public Optional<RunSummary> pull()
    {
        Listing listing;
        try {
            listing = listing();
        }
        catch (UncheckedIOException e) {
            log.warn("{}", e.getMessage());
            String detail = String.valueOf(e.getCause());
            PullFailure failure = new PullFailure(source.name(), LISTING, source.url().toString(),
                    "无法读取文件清单：" + detail, "cannot read the listing: " + detail);
            return Optional.of(withoutDriver(() -> ingestion.ingest(List.of(), SOURCE, IngestionListener.SILENT, List.of(failure))));
        }
        Set<Version> pulled = pulledFiles.pulled(source.name());
        List<PullFailure> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (PrivateFolder folder = PrivateFolder.create("bastion-pull-")) {
            Map<Path, Pulled> downloads = new LinkedHashMap<>();
            for (RemoteFile remote : listing.files()) {
                if (remote.name() == null || !SafeFileName.isSafe(remote.name()) || !seen.add(remote.name())) {
                    log.warn("{}: 远端文件名不安全或重复，已跳过 / unsafe or repeated remote name skipped: {}", source.name(),
                            UploadRefusedException.printable(String.valueOf(remote.name())));
                    continue;
                }
                Optional<String> listed = Optional.ofNullable(remote.sha256()).filter(hash -> !hash.isBlank()).map(hash -> hash.toLowerCase(Locale.ROOT));
                if (listed.isPresent() && pulled.contains(new Version(remote.name(), listed.get()))) {
                    continue;
                }
                download(remote, listed, pulled, folder.resolve(remote.name()), failures).ifPresent(file -> downloads.put(folder.resolve(remote.name()), file));
            }
            if (downloads.isEmpty() && failures.isEmpty()) {
                return Optional.empty();
            }
            Supplier<RunSummary> run = () -> ingestion.ingest(List.copyOf(downloads.keySet()), SOURCE, IngestionListener.SILENT, failures);
            // Only failed downloads to record: nothing will load, so no Spark driver is started for the run.
            RunSummary summary = downloads.isEmpty() ? withoutDriver(run) : analysisRequests.ingest(run);
            // A CSV part waiting for its siblings is asked for again next time; everything else is done with.
            List<Pulled> done = summary.files().stream()
                    .filter(outcome -> outcome.outcome() != FileOutcome.Outcome.WAITING)
                    .map(outcome -> downloads.get(Path.of(outcome.path())))
                    .filter(Objects::nonNull)
                    .toList();
            pulledFiles.record(source.name(), done);
            return Optional.of(summary);
        }
    }

    /** A run that can load nothing (it records failures only): the analysis requests hear of it after it, and start no driver before. */
    private RunSummary withoutDriver(Supplier<RunSummary> run)
    {
        RunSummary summary = run.get();
        analysisRequests.afterIngest(summary);
        return summary;
    }

    private Listing listing()
    {
        HttpRequest request = HttpRequest.newBuilder(source.url()).timeout(LISTING_TIMEOUT).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("the listing " + source.url() + " answered HTTP " + response.statusCode());
            }
            Listing listing = JSON.readValue(response.body(), Listing.class);
            return listing.files() == null ? new Listing(List.of()) : listing;
        }
        catch (IOException e) {
            throw new UncheckedIOException("拉取来源 " + source.name() + " 的文件清单失败 / cannot read the listing of source " + source.name() + ": " + e.getMessage(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Downloads one file unless its version was pulled before or it breaks a limit; the file is left only if kept.
     * A download that fails is added to {@code failures}, for the run to record.
     */
    private Optional<Pulled> download(RemoteFile remote, Optional<String> listed, Set<Version> pulled, Path target, List<PullFailure> failures)
    {
        URI uri = source.url().resolve(remote.url() == null ? remote.name() : remote.url());
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            log.warn("{}: {} 的地址不是 http(s)，已跳过 / not an http(s) address, skipped: {}", source.name(), remote.name(), uri);
            return Optional.empty();
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(DOWNLOAD_TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    log.warn("{}: 下载 {} 失败 / download failed: HTTP {}", source.name(), remote.name(), response.statusCode());
                    failures.add(new PullFailure(source.name(), remote.name(), uri.toString(),
                            "下载失败：服务器答复 HTTP " + response.statusCode(), "the download failed: the server answered HTTP " + response.statusCode()));
                    return Optional.empty();
                }
                Optional<String> header = response.headers().firstValue("ETag").or(() -> response.headers().firstValue("Last-Modified"));
                Optional<String> tag = listed.or(() -> header);
                if (tag.isPresent() && pulled.contains(new Version(remote.name(), tag.get()))) {
                    return Optional.empty();
                }
                if (response.headers().firstValueAsLong("Content-Length").orElse(0) > maxFileBytes) {
                    log.warn("{}: {} 超过 {} 字节上限，已跳过 / over the {} byte limit, skipped", source.name(), remote.name(), maxFileBytes, maxFileBytes);
                    return Optional.empty();
                }
                Optional<String> sha256 = copy(body, target);
                if (sha256.isEmpty()) {
                    log.warn("{}: {} 超过 {} 字节上限，已跳过 / over the {} byte limit, skipped", source.name(), remote.name(), maxFileBytes, maxFileBytes);
                    return Optional.empty();
                }
                if (listed.isPresent() && !listed.get().equals(sha256.get())) {
                    Files.delete(target);
                    log.warn("{}: {} 的内容与清单中的 sha256 不符，已跳过 / content does not match the listed sha256, skipped", source.name(), remote.name());
                    return Optional.empty();
                }
                Version version = new Version(remote.name(), tag.orElse(sha256.get()));
                if (pulled.contains(version)) {
                    Files.delete(target);
                    return Optional.empty();
                }
                return Optional.of(new Pulled(version, sha256.get()));
            }
        }
        catch (IOException e) {
            log.warn("{}: 下载 {} 失败 / download of {} failed: {}", source.name(), remote.name(), remote.name(), e.toString());
            failures.add(new PullFailure(source.name(), remote.name(), uri.toString(), "下载失败：" + e, "the download failed: " + e));
            deleteQuietly(target);
            return Optional.empty();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Streams the body into the file, hashing it; stops and deletes the file once it passes the limit. */
    private Optional<String> copy(InputStream body, Path target)
            throws IOException
    {
        MessageDigest digest = sha256();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                total += read;
                if (total > maxFileBytes) {
                    break;
                }
                out.write(buffer, 0, read);
            }
        }
        if (total > maxFileBytes) {
            Files.delete(target);
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256()
    {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file)
    {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            log.warn("cannot delete {}", file, e);
        }
    }

    /** A source's listing: {"files": [{"name": …, "url": …, "sha256": …}]}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listing(List<RemoteFile> files) {}

    /** One file of a listing; url is relative to the listing or absolute, sha256 optional. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RemoteFile(String name, String url, String sha256) {}
}
