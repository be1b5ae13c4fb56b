package dev.concdemo.support.cli;

/**
 * What does a scenario's work: threads of this JVM, child JVMs (the JVM's processes), or
 * virtual threads. The one type the scenarios that compare them share (pool, primes,
 * cpu-vs-io), each naming it in its seed's words on its command line.
 */
public enum WorkerKind {
    THREADS("thread"),
    CHILD_JVMS("child JVM"),
    VIRTUAL_THREADS("virtual thread");

    private final String noun;

    WorkerKind(String noun) {
        this.noun = noun;
    }

    /** "thread", "child JVM", "virtual thread". */
    public String noun() {
        return noun;
    }

    /** "1 thread", "2 child JVMs". */
    public String count(int n) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
