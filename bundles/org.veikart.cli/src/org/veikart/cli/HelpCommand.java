package org.veikart.cli;

import java.util.List;

/**
 * {@code veikart help [COMMAND]}: without an argument lists the commands with their summaries
 * (the same text as {@code veikart --help}); with a command name prints that command's usage.
 */
final class HelpCommand implements Command {

    private final CommandRegistry registry;

    HelpCommand(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "Show the commands, or the usage of one command";
    }

    @Override
    public String usage() {
        return """
                usage: veikart help [COMMAND]

                Without COMMAND, lists the commands. With COMMAND, describes it
                (the same as veikart COMMAND --help).""";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws CommandException {
        if (args.isEmpty()) {
            context.out().println(overview());
            return ExitCode.OK;
        }
        if (args.size() > 1) {
            throw CommandException.usage("help: expected at most one command name, got " + args.size() + " arguments");
        }
        Command command = registry.find(args.get(0)).orElseThrow(
                () -> CommandException.usage("help: unknown command '" + args.get(0) + "'"));
        context.out().println(command.usage());
        return ExitCode.OK;
    }

    /** @return the global help: synopsis, commands with summaries, global options */
    String overview() {
        StringBuilder text = new StringBuilder();
        text.append("usage: veikart [--debug] COMMAND [ARGS...]\n");
        text.append("       veikart                 (no arguments: start the Veikart workbench)\n\n");
        text.append("Commands:\n");
        int width = registry.all().stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Command command : registry.all()) {
            text.append("  ").append(command.name()).append(" ".repeat(width - command.name().length() + 3))
                    .append(command.summary()).append('\n');
        }
        text.append("\nOptions:\n");
        text.append("  -h, --help   show this help; 'veikart COMMAND --help' describes a command\n");
        text.append("  --debug      print stack traces of unexpected failures\n\n");
        text.append("Exit codes: 0 success, 1 the input has errors, 2 usage or I/O problem.");
        return text.toString();
    }
}
