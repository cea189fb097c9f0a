package app.ballast.portfolio.archfixture;

import io.quarkus.archfixture.FrameworkBean;

/** A calculation that wrongly depends on the framework: ArchitectureTest must reject it. */
public class UsesFramework {

    private final FrameworkBean bean = new FrameworkBean();

    public FrameworkBean bean() {
        return bean;
    }
}
