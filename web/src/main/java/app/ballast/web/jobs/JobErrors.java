package app.ballast.web.jobs;

/** A failure in words for the run's record: the exception and its root cause. */
final class JobErrors {

    private JobErrors() {
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = name(e);
        return root == e ? text : text + " (cause: " + name(root) + ")";
    }

    private static String name(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
