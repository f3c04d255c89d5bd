package io.complaints.platform.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text with at least one visible character. Unlike {@code @NotBlank}, a value of ideographic
 * spaces (U+3000), em spaces or zero-width characters is blank too. {@code null} is valid: a required
 * text is also {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = HasText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HasText {

    String message() default "must not be blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HasText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Texts.hasText(value);
        }
    }
}
