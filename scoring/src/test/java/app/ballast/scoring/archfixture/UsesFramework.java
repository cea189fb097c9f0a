package app.ballast.scoring.archfixture;

import io.quarkus.archfixture.FrameworkBean;

/** A rule that wrongly depends on the framework: ArchitectureTest must reject it. */
public class UsesFramework {

    private final FrameworkBean bean = new FrameworkBean();

    public FrameworkBean bean() {
        return bean;
    }
}
