package dev.concdemo.support.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * The picocli factory that hands each command its {@link Session}: a class with a
 * constructor taking one gets it; everything else (mixins, converters, picocli's own
 * commands) is made by picocli's default factory.
 */
public final class SessionFactory implements IFactory {
    private final Session session;
    private final IFactory fallback = CommandLine.defaultFactory();

    public SessionFactory(Session session) {
        this.session = session;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withSession;
        try {
            withSession = type.getDeclaredConstructor(Session.class);
        } catch (NoSuchMethodException none) {
            return fallback.create(type);
        }
        try {
            withSession.setAccessible(true);
            return withSession.newInstance(session);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
