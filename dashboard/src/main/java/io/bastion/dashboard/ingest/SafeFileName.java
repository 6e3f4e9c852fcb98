package io.bastion.dashboard.ingest;

/**
 * A file name from outside (an upload, a remote listing) checked before it names a file on disk:
 * a bare name, no folders, no "..", no control characters.
 */
final class SafeFileName
{
    private static final int MAXIMUM_LENGTH = 200;

    private SafeFileName() {}

    /** Returns the name if it is safe to create in a private folder, else throws UNSAFE_NAME. */
    static String check(String name)
    {
        if (name == null || !isSafe(name)) {
            throw new UploadRefusedException(UploadError.UNSAFE_NAME, name == null ? "" : name);
        }
        return name;
    }

    static boolean isSafe(String name)
    {
        if (name.isBlank() || name.length() > MAXIMUM_LENGTH || name.startsWith(".") || name.contains("..")) {
            return false;
        }
        return name.codePoints().noneMatch(c -> c == '/' || c == '\\' || c == ':' || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT);
    }
}
