package dev.concdemo.demos.sync.prodcons;

/** With --stop pill: how many Nones to put. */
enum Pills {
    /** One per consumer: each consumer takes exactly one and stops. Correct. */
    PER_CONSUMER,
    /**
     * BROKEN when consumers outnumber producers: the seed's own wording (有多少个生产者就有多少个None),
     * one per producer, leaves a consumer with no pill, waiting forever.
     */
    PER_PRODUCER;

    @Override
    public String toString() {
        return this == PER_CONSUMER ? "per-consumer" : "per-producer";
    }

    String per() {
        return this == PER_CONSUMER ? "consumer" : "producer";
    }
}
