package org.veikart.dsl.tests.ide;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.veikart.dsl.ide.server.PlanLanguageServer;

/**
 * A language server session for tests: the plan language server (the one {@code veikart lsp} runs)
 * on one side of two in-process byte pipes, an LSP4J client on the other, so every request really
 * travels as JSON-RPC over streams. The workspace is a temporary folder of {@code .plan} files.
 * Records the diagnostics the server publishes.
 */
final class LspSession implements AutoCloseable {

	static final long TIMEOUT_SECONDS = 60;

	final Path folder;
	final LanguageServer server;
	final InitializeResult initialized;
	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	/** The messages the server showed or logged, for failure messages. */
	final List<String> messages = java.util.Collections.synchronizedList(new ArrayList<>());
	private final List<Pipe> pipes = new ArrayList<>();
	private final Future<Void> serverConnection;

	/** Starts a server on a new folder holding the given files (name, text pairs) and initializes it. */
	LspSession(String... namesAndTexts) throws Exception {
		folder = Files.createTempDirectory("veikart-lsp");
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			Files.writeString(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
		}
		Pipe toServer = Pipe.open();
		Pipe toClient = Pipe.open();
		pipes.add(toServer);
		pipes.add(toClient);
		serverConnection = PlanLanguageServer.start(Channels.newInputStream(toServer.source()),
				Channels.newOutputStream(toClient.sink()));
		Launcher<LanguageServer> client = LSPLauncher.createClientLauncher(new RecordingClient(),
				Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()));
		client.startListening();
		server = client.getRemoteProxy();
		InitializeParams params = new InitializeParams();
		params.setRootUri(uri(""));
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(""), "plans")));
		params.setCapabilities(capabilities());
		initialized = get(server.initialize(params));
		server.initialized(new InitializedParams());
	}

	private static ClientCapabilities capabilities() {
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		text.setSemanticTokens(new SemanticTokensCapabilities());
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		return capabilities;
	}

	/** @return the URI the server uses for a file of the workspace folder */
	String uri(String fileName) {
		return folder.resolve(fileName).toUri().toString();
	}

	/** Opens a document (it need not exist on disk) and returns its URI. */
	String open(String fileName, String text) {
		String uri = uri(fileName);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plan", 1, text)));
		return uri;
	}

	/** Opens a workspace file with its text on disk. */
	String open(String fileName) throws IOException {
		return open(fileName, Files.readString(folder.resolve(fileName)));
	}

	static TextDocumentIdentifier document(String uri) {
		return new TextDocumentIdentifier(uri);
	}

	/** Waits until the diagnostics published for {@code uri} satisfy {@code condition}, and returns them. */
	List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		synchronized (diagnostics) {
			while (true) {
				List<Diagnostic> current = diagnostics.get(uri);
				if (current != null && condition.test(current)) {
					return current;
				}
				long left = end - System.nanoTime();
				if (left <= 0) {
					throw new AssertionError("no fitting diagnostics for " + uri + "; last: " + current + "; all: " + diagnostics.keySet());
				}
				diagnostics.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
			}
		}
	}

	static <T> T get(CompletableFuture<T> future) throws Exception {
		return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	/** @return the text after applying the edits (non-overlapping, any order) to it */
	static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit edit) -> offset(text, edit.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
		}
		return result.toString();
	}

	/** @return the offset of an LSP position (0-based line and character) in the text */
	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	/** @return the position of the first occurrence of {@code marker} in the text, plus {@code shift} characters */
	static Position positionOf(String text, String marker, int shift) {
		int offset = text.indexOf(marker);
		if (offset < 0) {
			throw new IllegalArgumentException(marker + " not in the text");
		}
		offset += shift;
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	@Override
	public void close() throws Exception {
		try {
			get(server.shutdown());
		} finally {
			// closing the pipes ends both connections (no "exit": Xtext's exit handler would end the JVM)
			for (Pipe pipe : pipes) {
				pipe.sink().close();
				pipe.source().close();
			}
			try {
				serverConnection.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			} catch (Exception e) {
				// the connection ends with the closed pipe; how it reports that does not matter here
			}
			try (var files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	/** Records published diagnostics; answers nothing else. */
	private final class RecordingClient implements LanguageClient {

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			synchronized (diagnostics) {
				diagnostics.put(params.getUri(), params.getDiagnostics());
				diagnostics.notifyAll();
			}
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
			messages.add(messageParams.getType() + ": " + messageParams.getMessage());
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
			messages.add(message.getType() + ": " + message.getMessage());
		}
	}
}
