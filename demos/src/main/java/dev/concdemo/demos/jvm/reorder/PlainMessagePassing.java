package dev.concdemo.demos.jvm.reorder;

import java.util.Arrays;
import java.util.List;

/**
 * Message passing with a plain flag. BROKEN (on purpose): nothing orders the data store before
 * the flag store, nor the flag load before the data load, so the reader may see the flag and the
 * old data. x86 keeps stores in order and loads in order (TSO), so here only the JIT, which may
 * reorder plain accesses, could make it happen.
 */
final class PlainMessagePassing implements Experiment {
    /** One trial's fields: both written by actor 1 (the writer), read by actor 2 (the reader). */
    static final class Message {
        int data;
        boolean flag;
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
        return MessagePassing.outcomes(Grade.INTERESTING);
    }
}
