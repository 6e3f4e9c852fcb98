package io.bastion.ingest.load;

import static java.util.Objects.requireNonNull;

/**
 * A file (or a listing) a pull from a remote source could not fetch: recorded in the run of the pull
 * (table pull_failure and the run's message), so it shows where runs are shown.
 */
public record PullFailure(String sourceName, String remoteName, String url, String chinese, String english)
{
    public PullFailure
    {
        requireNonNull(sourceName, "sourceName is null");
        requireNonNull(remoteName, "remoteName is null");
        requireNonNull(url, "url is null");
        requireNonNull(chinese, "chinese is null");
        requireNonNull(english, "english is null");
    }
}
