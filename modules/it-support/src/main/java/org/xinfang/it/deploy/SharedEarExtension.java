package org.xinfang.it.deploy;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link SharedEarDeployment} with Arquillian (META-INF/services). */
public class SharedEarExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedEarDeployment.class);
    }
}
