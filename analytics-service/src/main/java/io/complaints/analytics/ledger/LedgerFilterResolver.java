package io.complaints.analytics.ledger;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.organisation.UnitDirectory;

/**
 * Reads a {@link LedgerFilter} from the query parameters ({@code unit, from, to, status, level,
 * category, channel, department, overdue, sort}), for every endpoint that serves a ledger selection. The
 * department is one of the organisation's configuration ({@code unknown-department} otherwise).
 */
@Configuration(proxyBeanMethods = false)
class LedgerFilterResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final UnitDirectory units;

    LedgerFilterResolver(UnitDirectory units) {
        this.units = units;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return LedgerFilter.class.equals(parameter.getParameterType());
    }

    @Override
    public LedgerFilter resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                        NativeWebRequest request, WebDataBinderFactory binderFactory) {
        LedgerFilter filter = new LedgerFilter(request.getParameter("unit"), request.getParameter("from"),
                request.getParameter("to"), request.getParameter("status"), level(request.getParameter("level")),
                request.getParameter("category"), request.getParameter("channel"), request.getParameter("department"),
                overdue(request.getParameter("overdue")), request.getParameter("sort"));
        return filter.department() == null ? filter : filter.withDepartment(department(filter.department()));
    }

    /** A department of the organisation's configuration, as it lists the code; refused when no unit has it. */
    private String department(String code) {
        return units.departmentAnywhere(code).orElseThrow(() -> RulesViolatedException.ofField("department",
                "unknown-department", "'" + code + "' is not a department of any unit of the organisation"));
    }

    private static Integer level(String level) {
        if (level == null) {
            return null;
        }
        try {
            return Integer.valueOf(level.strip());
        } catch (NumberFormatException e) {
            throw RulesViolatedException.ofField("level", "type", "has the wrong type or format");
        }
    }

    private static Boolean overdue(String overdue) {
        if (overdue == null) {
            return null;
        }
        return switch (overdue.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw RulesViolatedException.ofField("overdue", "type", "has the wrong type or format");
        };
    }
}
