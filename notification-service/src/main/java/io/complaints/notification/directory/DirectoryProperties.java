package io.complaints.notification.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The people who receive notifications ({@code complaints.notifications.directory.people}); configuration for now. */
@ConfigurationProperties("complaints.notifications.directory")
public record DirectoryProperties(@DefaultValue List<Person> people) {

    public DirectoryProperties {
        people = people == null ? List.of() : List.copyOf(people);
        Set<String> ids = new HashSet<>();
        for (Person person : people) {
            if (!ids.add(person.id())) {
                throw new IllegalArgumentException("complaints.notifications.directory names '" + person.id() + "' twice");
            }
        }
    }
}
