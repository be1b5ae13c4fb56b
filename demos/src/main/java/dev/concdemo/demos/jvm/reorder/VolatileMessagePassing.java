package dev.concdemo.demos.jvm.reorder;

import java.util.Arrays;
import java.util.List;

/**
 * Message passing with a volatile flag (the data stays plain): the write of the flag
 * happens-before every read that sees it (JLS 17.4.5), and the data store comes before the flag
 * store in the writer's program order, so a reader that sees the flag sees 42: "true, 0" is
 * forbidden.
 */
final class VolatileMessagePassing implements Experiment {
    /** One trial's fields: both written by actor 1 (the writer), read by actor 2 (the reader). */
    static final class Message {
        int data;
        volatile boolean flag; // the data is plain: the volatile flag publishes it
    }

    private Message[] messages = new Message[0]; // written by actor 1 between batches; the rendezvous publishes it
    private int[] read = new int[0]; // the reader's r, NOT_READ when it saw no flag

    @Override
    public void fresh(int trials) {
        Message[] fresh = new Message[trials];
        for (int i = 0; i < trials; i++) {
            fresh[i] = new Message();
        }
        messages = fresh;
        if (read.length != trials) {
            read = new int[trials];
        }
        Arrays.fill(read, MessagePassing.NOT_READ);
    }

    @Override
    public void actor1() {
        Message[] m = messages;
        for (int i = 0; i < m.length; i++) {
            Message message = m[i];
            message.data = MessagePassing.DATA;
            message.flag = true;
        }
    }

    @Override
    public void actor2() {
        Message[] m = messages;
        int[] r = read;
        for (int i = 0; i < m.length; i++) {
            Message message = m[i];
            if (message.flag) {
                r[i] = message.data;
            }
        }
    }

    @Override
    public void tally(long[] counts) {
        MessagePassing.tally(read, messages.length, counts);
    }

    @Override
    public List<Outcome> outcomes() {
        return MessagePassing.outcomes(Grade.FORBIDDEN);
    }
}
