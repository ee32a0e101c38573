package org.veikart.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Serves the plan language over the Language Server Protocol on a pair of streams (stdin/stdout for
 * {@code veikart lsp}, pipes in tests). It is Xtext's {@link LanguageServerImpl} with the plan
 * language registered directly (Xtext's default finds languages through {@code ServiceLoader}, which
 * does not see other bundles inside OSGi).
 * <p>
 * The server writes only LSP messages to {@code out}; callers must make sure nothing else writes to
 * that stream. The workspace is the folder the client opens: all its {@code .plan} files are indexed,
 * so references across files resolve, as with {@code veikart validate FOLDER}.
 */
public final class PlanLanguageServer {

	private PlanLanguageServer() {
	}

	/**
	 * Starts a server reading requests from {@code in} and writing responses to {@code out}.
	 *
	 * @return a future that completes when the input ends (the client closed the connection)
	 */
	public static Future<Void> start(InputStream in, OutputStream out) {
		Injector injector = Guice.createInjector(Modules2.mixin(new ServerModule(), new AbstractModule() {
			@Override
			protected void configure() {
				bind(IResourceServiceProvider.Registry.class).toProvider(PlanLanguages::registry);
				bind(XtextResourceSet.class).to(PlanServerResourceSet.class);
			}
		}));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "veikart-lsp");
			thread.setDaemon(true); // the process ends when the connection ends
			return thread;
		});
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>()
				.setLocalService(server)
				.setRemoteInterface(LanguageClient.class)
				.setInput(in)
				.setOutput(out)
				.setExecutorService(threads)
				.create();
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}
}
