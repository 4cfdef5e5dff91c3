package nl.opleidingsklimaat.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where it is, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        long total = query.count();
        List<T> items = query.page(request.page, request.size).list().stream()
                .map(mapper)
                .toList();
        return new Page<>(items, request.page, request.size, total, (int) ((total + request.size - 1) / request.size));
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(
                items, request.page, request.size, totalItems, (int) ((totalItems + request.size - 1) / request.size));
    }
}
