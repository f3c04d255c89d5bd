package io.complaints.notification.directory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Finds the people of an audience, and a person by id. */
@Component
@EnableConfigurationProperties(DirectoryProperties.class)
public class Directory {

    private final List<Person> people;

    public Directory(DirectoryProperties properties) {
        this.people = properties.people();
    }

    /**
     * Everyone of the audience's unit holding its role, of its department (or of none) when it names
     * one, not of its excluded department; only the person it means when the directory has them in
     * that role. An action's owner is the person the event names, whatever their roles and unit.
     */
    public List<Person> resolve(Audience audience) {
        if (Audience.ACTION_OWNER.equals(audience.role())) {
            return person(audience.personId()).stream().toList();
        }
        List<Person> holders = people.stream()
                .filter(person -> person.unit().equals(audience.unit().code()) && person.holds(audience.role()))
                .filter(person -> audience.department() == null || person.department() == null
                        || person.department().equals(audience.department()))
                .filter(person -> audience.excludedDepartment() == null
                        || !audience.excludedDepartment().equals(person.department()))
                .toList();
        List<Person> meant = holders.stream().filter(person -> Objects.equals(person.id(), audience.personId())).toList();
        return meant.isEmpty() ? holders : meant;
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(person -> person.id().equals(id)).findFirst();
    }

    public List<Person> people() {
        return people;
    }
}
