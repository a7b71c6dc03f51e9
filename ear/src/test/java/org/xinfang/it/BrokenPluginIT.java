package org.xinfang.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.broken.BrokenPlugin;

/** A broken plugin stops the start, and the message names it and says what is wrong. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrokenPluginIT {

    @Deployment(name = "broken", managed = false, testable = false)
    static EnterpriseArchive withBrokenPlugin() {
        EnterpriseArchive ear = Deployments.builtEar();
        WebArchive war = ear.getAsType(WebArchive.class, Deployments.WAR);
        war.addClasses(BrokenPlugin.class, BrokenPlugin.UnmappedForm.class);
        war.addAsResource(new StringAsset(BrokenPlugin.class.getName() + "\n"), "META-INF/services/org.xinfang.api.plugin.AgencyPlugin");
        ear.delete(Deployments.WAR);
        ear.addAsModule(war);
        return ear;
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void refusesToStartAndNamesTheBrokenPlugin() {
        Exception refused = assertThrows(Exception.class, () -> deployer.deploy("broken"));
        String message = fullMessage(refused);
        assertTrue(message.contains("Plugin 'broken'"), message);
        assertTrue(message.contains("/plugins/broken/case-form.xhtml is missing"), message);
        assertTrue(message.contains("is not among its entities()"), message);
    }

    private static String fullMessage(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append('\n');
        }
        return all.toString();
    }
}
