package io.quarkus.archfixture;

/**
 * A stand-in for a framework class, placed in a package the architecture rule forbids, so
 * ArchitectureTest can prove the rule catches such a dependency without Quarkus on the classpath.
 */
public class FrameworkBean {
}
