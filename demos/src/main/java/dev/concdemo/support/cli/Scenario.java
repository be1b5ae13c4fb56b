package dev.concdemo.support.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a picocli command as a scenario of the catalogue: which chapter lists it and
 * which seed document and section it reproduces. `concdemo list` reads this, so a
 * command shows up in the catalogue exactly when it exists.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Scenario {
    Chapter chapter();

    /** Seed file number and section, e.g. {@code "001 死锁与递归锁"}. */
    String seed();
}
