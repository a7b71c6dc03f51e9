package org.xinfang.it.deploy;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
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
 * Deploys the untouched built EAR once for all the black-box test classes in a row, instead of
 * deploying and undeploying it around each of them (about 8 s a class on two cores, most of the
 * suite's time spent on nothing). Such a class's deployment stays on the server when the class ends;
 * the next class that wants the same EAR runs on it, and any other deployment (an EAR with test
 * classes inside, a class marked {@link OwnDeployment}) first takes it away. What the tests share
 * this way is what they shared already: the database; the deployment's memory (counters of the
 * sign-in throttle, say) is what a class must mark {@link OwnDeployment} for.
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

    /** The shared EAR while it is deployed, with what its deployment answered. */
    private static Archive<?> live;

    private static ProtocolMetaData liveMetaData;

    @Inject
    private Instance<TestClass> testClass;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    /** Marks {@code ear}, as it is now, as one that any other class's untouched built EAR may stand in for. */
    public static synchronized void shareable(Archive<?> ear) {
        SHAREABLE.put(ear, content(ear));
    }

    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
        DeployDeployment event = context.getEvent();
        if (!shared(event.getDeployment().getDescription())) {
            takeAwayLive(event.getDeployableContainer());
            context.proceed();
            return;
        }
        synchronized (SharedEarDeployment.class) {
            if (live != null) {
                protocolMetaData.set(liveMetaData);
                event.getDeployment().deployed();
                return;
            }
            context.proceed();
            live = event.getDeployment().getDescription().getArchive();
            liveMetaData = protocolMetaData.get();
        }
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        DeploymentDescription description = context.getEvent().getDeployment().getDescription();
        boolean shared = shared(description);
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

    private boolean shared(DeploymentDescription description) {
        TestClass test = testClass.get();
        synchronized (SharedEarDeployment.class) {
            return description.isArchiveDeployment() && description.managed() && !description.testable()
                    && (test == null || !test.isAnnotationPresent(OwnDeployment.class))
                    && unchanged(description.getArchive());
        }
    }

    /** The class is done with its archive: not kept for the rest of the run. */
    private static synchronized void forget(Archive<?> archive) {
        SHAREABLE.remove(archive);
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
            liveMetaData = null;
            container.undeploy(ear);
        }
    }
}
