//! The texts of `ouro -h` and of usage errors, in CPython's layout.

/// The first line of the help and of every usage error.
pub fn usage_line(program: &str) -> String {
    format!("usage: {program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")
}

/// A usage error (`unknown option --foo`) as CPython prints it on stderr.
pub fn usage_error(program: &str, message: &str) -> String {
    format!("{message}\n{}Try `ouro -h' for more information.\n", usage_line(program))
}

/// `ouro -h`.
pub fn help(program: &str) -> String {
    usage_line(program)
        + "\
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin
-V     : print the Ouro version number and exit (also --version)
-X opt : set implementation-specific option; Ouro knows:
         -X gc-trace: explain every garbage collection on stderr, step by
         step (also --gc-trace, or OURO_GC_TRACE=1)
Accepted for compatibility with python3, without effect:
         -b -B -d -E -I -O -P -s -S -v -x -W arg --check-hash-based-pycs arg
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Environment variables:
NO_COLOR : if set and not empty, the interactive prompt does not colour input
HOME     : the interactive history is kept in $HOME/.ouro_history
"
}
