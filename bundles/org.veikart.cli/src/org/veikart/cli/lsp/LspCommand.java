package org.veikart.cli.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.veikart.cli.Command;
import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.ExitCode;
import org.veikart.dsl.ide.server.PlanLanguageServer;

/**
 * {@code veikart lsp}: serves the plan language over the Language Server Protocol on stdin/stdout
 * until the client closes the connection. The protocol goes to the command's result stream, which
 * in the application is the process's real stdout; {@link org.veikart.cli.CliApplication} points
 * {@code System.out} at stderr, so log output cannot corrupt the protocol.
 */
public final class LspCommand implements Command {

	private final InputStream in;

	/** A command reading the client's messages from the process's stdin. */
	public LspCommand() {
		this(System.in);
	}

	/** @param in where the client's messages come from (tests use a pipe) */
	public LspCommand(InputStream in) {
		this.in = in;
	}

	@Override
	public String name() {
		return "lsp";
	}

	@Override
	public String summary() {
		return "Serve the plan language to editors (Language Server Protocol on stdin/stdout)";
	}

	@Override
	public String usage() {
		return """
				usage: veikart lsp [--stdio]

				Runs a language server for .plan files on stdin/stdout, for VS Code
				or any other editor with an LSP client: diagnostics, completion,
				hover, outline, go to definition, rename, formatting and quick
				fixes. The workspace is the folder the editor opens. Ends when the
				editor closes the connection. Logs go to stderr. --stdio (added by
				generic LSP clients) is accepted and changes nothing.""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws CommandException {
		for (String arg : args) {
			// editors' generic LSP clients (e.g. VS Code's) add --stdio; stdin/stdout is all we serve
			if (!arg.equals("--stdio")) {
				throw CommandException.usage("lsp: takes no arguments except --stdio, got '" + arg + "'");
			}
		}
		OutputStream out = context.out();
		Future<Void> connection = PlanLanguageServer.start(in, out);
		try {
			connection.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException e) {
			throw CommandException.io("lsp: the connection failed: " + e.getCause(), e.getCause());
		}
		return ExitCode.OK;
	}
}
