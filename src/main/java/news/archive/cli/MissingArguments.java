package news.archive.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What to say when a command is given too few arguments: how to give them, as one sentence ("give
 * the ids of the articles to show"). A command without it is told {@code give LABEL} of what is
 * missing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface MissingArguments {
  String value();
}
