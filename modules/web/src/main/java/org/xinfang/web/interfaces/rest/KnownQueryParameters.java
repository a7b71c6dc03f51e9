package org.xinfang.web.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/**
 * A read's query string may hold only the parameters its resource method declares ({@code @QueryParam} on
 * the method's parameters, on a {@code @BeanParam}'s fields, or on the resource class's fields). Anything
 * else — {@code /cases?stauts=accepted}, {@code ?page=2} where the call takes {@code offset} — is answered
 * 400 naming each unknown parameter and the ones the call takes, instead of being ignored: an ignored
 * filter returns an unfiltered list that looks like an answer. One check for every list and read of the
 * API, the plugins' included, driven by the declarations themselves so it cannot drift from them.
 *
 * <p>Writes are left alone: their input is the body, and a parameter they need is refused by the
 * use case when missing.
 */
@Provider
@ApplicationScoped
public class KnownQueryParameters implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    ApiCaller caller;

    /** The declared names of each resource method, found once. */
    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> given = request.getUriInfo().getQueryParameters().keySet();
        if (given.isEmpty()) {
            return;
        }
        Set<String> allowed = declared.computeIfAbsent(method, m -> allowedBy(resource.getResourceClass(), m));
        List<String> unknown = new ArrayList<>(new TreeSet<>(given));
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            request.abortWith(refusal(caller.locale(), unknown, allowed));
        }
    }

    /** The 400: one field problem per unknown parameter, each naming what the call takes. */
    static Response refusal(Locale locale, List<String> unknown, Set<String> allowed) {
        String takes = String.join(", ", allowed);
        List<FieldProblem> problems = unknown.stream()
                .map(name -> new FieldProblem(name, allowed.isEmpty() ? ApiMessages.get(locale, "param.unknown.none", name)
                        : ApiMessages.get(locale, "param.unknown", name, takes)))
                .toList();
        return ApiError.response(Response.Status.BAD_REQUEST, "invalid_input", ApiMessages.get(locale, "error.invalidQuery"), problems);
    }

    /** Every query parameter name the method can read, sorted. */
    static Set<String> allowedBy(Class<?> resourceClass, Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            collect(parameter, parameter.getType(), names);
        }
        for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                collect(field, field.getType(), names);
            }
        }
        return Collections.unmodifiableSet(names);
    }

    private static void collect(AnnotatedElement element, Class<?> type, Set<String> names) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.add(query.value());
        }
        if (element.isAnnotationPresent(BeanParam.class)) {
            for (Field field : type.getDeclaredFields()) {
                collect(field, field.getType(), names);
            }
            for (Method setter : type.getMethods()) {
                QueryParam onSetter = setter.getAnnotation(QueryParam.class);
                if (onSetter != null) {
                    names.add(onSetter.value());
                }
            }
        }
    }
}
