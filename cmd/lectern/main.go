// Command lectern turns a folder of markdown talk notes, conference
// programmes and reading lists into a static website.
//
// Usage:
//
//	lectern build   [--source DIR] [--dest DIR] [--drafts] [--base-url URL] [--no-minify] [--force] [--timings]
//	lectern serve   [--source DIR] [--bind ADDR] [--port N] [--drafts] [--open]
//	lectern inspect [--source DIR] [--drafts] [--json] [FILE…]
//	lectern check   [--source DIR] [--drafts] [--strict]
//
// Run "lectern help COMMAND" for the flags of one command.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	// Events name their zones ("Europe/Lisbon"); a machine without a
	// zone database (a slim container, Windows without Go) must still
	// place their talks at the right hour.
	_ "time/tzdata"
)

// command is one subcommand: its one-line description and its entry point,
// which returns the process's exit code.
type command struct {
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

// Exit codes: 0 success, 1 the site has errors, 2 the command line is wrong.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

func commands() map[string]command {
	return map[string]command{
		"build":   {"build the site into the output folder", runBuild},
		"inspect": {"print what lectern understood of every page", runInspect},
		"check":   {"report mistakes in the files and the programme, writing nothing", runCheck},
		"serve":   {"preview the site, rebuilding and reloading on every save", runServe},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run dispatches to a subcommand; it is main without the process, for tests.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		usage(stdout, cmds)
		return exitOK
	}
	name := args[0]
	if name == "help" {
		if len(args) > 1 {
			if c, ok := cmds[args[1]]; ok {
				return c.run(ctx, []string{"-h"}, stdout, stderr)
			}
		}
		usage(stdout, cmds)
		return exitOK
	}
	c, ok := cmds[name]
	if !ok {
		fmt.Fprintf(stderr, "lectern: unknown command %q\n\n", name)
		usage(stderr, cmds)
		return exitUsage
	}
	return c.run(ctx, args[1:], stdout, stderr)
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "lectern turns a folder of markdown talks, notes and reading lists into a static website.")
	fmt.Fprintln(w, "\nUsage: lectern COMMAND [flags]\n\nCommands:")
	for _, name := range []string{"build", "serve", "inspect", "check"} {
		if c, ok := cmds[name]; ok {
			fmt.Fprintf(w, "  %-8s %s\n", name, c.summary)
		}
	}
	fmt.Fprintln(w, "\nRun \"lectern help COMMAND\" for a command's flags.")
}
