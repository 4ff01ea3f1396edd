// Command lectern turns a folder of markdown talk notes, conference
// programmes and reading lists into a static website.
//
// Usage:
//
//	lectern build   [--source DIR] [--dest DIR] [--drafts] [--base-url URL] [--no-minify] [--force] [--strict] [--timings]
//	lectern serve   [--source DIR] [--bind ADDR] [--port N] [--allow-host NAME] [--drafts] [--open]
//	lectern inspect [--source DIR] [--drafts] [--json] [FILE…]
//	lectern check   [--source DIR] [--drafts] [--strict]
//
// Run "lectern help COMMAND" for the flags of one command.
//
// Ctrl-C or SIGTERM stops a command cleanly: a build stops within a
// moment, leaves its output folder as it was and exits with status 130. A
// second Ctrl-C exits at once, without cleaning up; the next build removes
// what the stopped one left behind.
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

// Exit codes: 0 success, 1 the site has errors, 2 the command line is
// wrong, 130 stopped by Ctrl-C or SIGTERM (128 plus SIGINT's number, as
// shells report a command stopped by Ctrl-C) before it changed anything.
const (
	exitOK        = 0
	exitError     = 1
	exitUsage     = 2
	exitCancelled = 130
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
	os.Exit(runMain(os.Args[1:], os.Stdout, os.Stderr))
}

// runMain is main with its exit code returned.
func runMain(args []string, stdout, stderr io.Writer) int {
	ctx, stop := cancelOnSignal(context.Background(), stderr)
	defer stop()
	return run(ctx, args, stdout, stderr)
}

// cancelOnSignal returns a context that the first Ctrl-C or SIGTERM
// cancels, so that the command stops and cleans up; a second one exits
// the process at once, for a user who will not wait. stop ends the
// watch.
func cancelOnSignal(parent context.Context, stderr io.Writer) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancel(parent)
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sigs
		cancel()
		<-sigs
		fmt.Fprintln(stderr, "lectern: stopped at once, without cleaning up; the next build removes what this one left")
		os.Exit(exitCancelled)
	}()
	return ctx, func() {
		signal.Stop(sigs)
		cancel()
	}
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
