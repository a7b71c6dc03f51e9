package org.xinfang.it.deploy;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * Deploys the untouched built EAR once for all the black-box test classes in a row, and the EAR with
 * the in-server test classes ({@link InServer}) once for all of those, instead of deploying and
 * undeploying around each class (about 8 s to deploy on two cores, most of the suite's time spent on
 * nothing). Such a class's deployment stays on the server when the class ends; the next class that
 * wants the same kind of EAR runs on it, and any other deployment (the other kind, a class marked
 * {@link OwnDeployment}) first takes it away. What the tests share this way is what they shared
 * already: the database; the deployment's memory (counters of the sign-in throttle, say) is what a
 * class must mark {@link OwnDeployment} for.
 *
 * <p>Arquillian's interceptors of deployment events: with a lower precedence than its own handler,
 * they run inside the deployment's context, so that what a skipped deployment leaves for the test
 * (its protocol metadata, "deployed") is set where Arquillian looks for it.
 */
public class SharedEarDeployment {

    /**
     * The archives {@code Deployments.builtEar()} made, by identity, each with its content as it was
     * made: one that a test changed since (a broken plugin added, say) is not shared.
     */
    private static final Map<Archive<?>, Map<String, Asset>> SHAREABLE = new IdentityHashMap<>();

    /** The EARs {@code Deployments.inServer()} made, by identity: each has the same content. */
    private static final Set<Archive<?>> IN_SERVER = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The kinds of deployment classes share. */
    private enum Kind {
        BUILT_EAR, IN_SERVER
    }

    /** The shared EAR while it is deployed (as deployed: with Arquillian's additions for an in-server one), its kind and what its deployment answered. */
    private static Archive<?> live;

    private static Kind liveKind;

    private static ProtocolMetaData liveMetaData;

    @Inject
    private Instance<TestClass> testClass;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    // Set, as Arquillian's own deployer sets them, for a test that runs in the server: it goes there only for a deployment it finds deployed.
    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deploymentInContext;

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> descriptionInContext;

    /** Marks {@code ear}, as it is now, as one that any other class's untouched built EAR may stand in for. */
    public static synchronized void shareable(Archive<?> ear) {
        SHAREABLE.put(ear, content(ear));
    }

    /** Marks {@code ear} as the EAR of every in-server class: any other made the same way may stand in for it. */
    public static synchronized void shareableInServer(Archive<?> ear) {
        IN_SERVER.add(ear);
    }

    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
        DeployDeployment event = context.getEvent();
        DeploymentDescription description = event.getDeployment().getDescription();
        Kind kind = sharedKind(description);
        synchronized (SharedEarDeployment.class) {
            if (kind != null && kind == liveKind) {
                descriptionInContext.set(description);
                deploymentInContext.set(event.getDeployment());
                protocolMetaData.set(liveMetaData);
                event.getDeployment().deployed();
                return;
            }
            takeAwayLive(event.getDeployableContainer());
            context.proceed();
            if (kind != null && event.getDeployment().isDeployed()) {
                live = description.testable() ? description.getTestableArchive() : description.getArchive();
                liveKind = kind;
                liveMetaData = protocolMetaData.get();
            }
        }
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        DeploymentDescription description = context.getEvent().getDeployment().getDescription();
        boolean shared = sharedKind(description) != null;
        forget(description.getArchive());
        if (shared) {
            // Left for the next class; Arquillian only forgets it for this one.
            context.getEvent().getDeployment().undeployed();
            return;
        }
        context.proceed();
    }

    /** The server stops at the end of the run: its configuration must not keep the EAR for the next start. */
    public void beforeStop(@Observes BeforeStop event) throws Exception {
        takeAwayLive(event.getDeployableContainer());
    }

    /** The kind of shared deployment {@code description} is, or null for one of the class's own. */
    private Kind sharedKind(DeploymentDescription description) {
        TestClass test = testClass.get();
        if (!description.isArchiveDeployment() || !description.managed() || test != null && test.isAnnotationPresent(OwnDeployment.class)) {
            return null;
        }
        synchronized (SharedEarDeployment.class) {
            if (description.testable()) {
                return IN_SERVER.contains(description.getArchive()) ? Kind.IN_SERVER : null;
            }
            return unchanged(description.getArchive()) ? Kind.BUILT_EAR : null;
        }
    }

    /** The class is done with its archive: not kept for the rest of the run. */
    private static synchronized void forget(Archive<?> archive) {
        SHAREABLE.remove(archive);
        IN_SERVER.remove(archive);
    }

    private static boolean unchanged(Archive<?> archive) {
        Map<String, Asset> made = SHAREABLE.get(archive);
        if (made == null) {
            return false;
        }
        Map<String, Asset> now = content(archive);
        return now.size() == made.size() && now.entrySet().stream().allMatch(e -> made.get(e.getKey()) == e.getValue());
    }

    /** Every entry's asset by its path, into nested archives (a WAR changed in place keeps its node in the EAR). */
    private static Map<String, Asset> content(Archive<?> archive) {
        Map<String, Asset> content = new HashMap<>();
        archive.getContent().forEach((path, node) -> {
            Asset asset = node.getAsset();
            content.put(path.get(), asset);
            if (asset instanceof ArchiveAsset nested) {
                content(nested.getArchive()).forEach((inner, a) -> content.put(path.get() + "!" + inner, a));
            }
        });
        return content;
    }

    private static synchronized void takeAwayLive(DeployableContainer<?> container) throws Exception {
        if (live != null) {
            Archive<?> ear = live;
            live = null;
            liveKind = null;
            liveMetaData = null;
            container.undeploy(ear);
        }
    }
}
