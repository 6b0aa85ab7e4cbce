package vn.sohoa.platform.monitoring.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.sohoa.platform.monitoring.domain.ChildFigure;

/**
 * One part of every tenant's dashboard, contributed by the feature whose figures it shows. A section is an
 * {@code @ApplicationScoped} bean; {@link Dashboards} finds every one with {@code Instance<DashboardSection<?>>},
 * so a feature adds its part of the document, its ranking metrics and its sheet of the report by adding one class,
 * and the dashboard has exactly the sections whose features exist.
 *
 * <p>Both reading methods run inside one transaction of the tenant the request entered (row-level
 * security binds the connection to it), after the caller was let in to read it. They add up the subtree from
 * tallies that writes keep current, with one query per figure over the {@code ltree} path through a
 * {@code SECURITY DEFINER} function that answers only for the entered tenant, and follow restructuring as
 * {@code dashboard_scope} does. Their results are cached on every node until a write announces a change (see
 * {@link FigureInvalidations}; a feature whose writes change its figures adds its event there), so they must be
 * immutable and serialisable to JSON.
 *
 * @param <F> the figures of the section: the value of its key in the dashboard document
 */
public interface DashboardSection<F> {

    /** Its key in the dashboard document and the name of its sheet, e.g. {@code "coverage"}. */
    String name();

    /** Its title on the page's reports: the sheet's name in the workbook, the heading in the PDF. */
    String title(Locale locale);

    /** Where it comes in the document, the page and the report; lower first. */
    int order();

    /** Its figures for the tenant and period of the query. */
    F figures(DashboardQuery query);

    /** The metrics on which it ranks children, e.g. {@code coverage}; each name is unique across sections. */
    List<String> metrics();

    /**
     * The direct live children of the query's tenant on one of its {@link #metrics()}, by code; a child without
     * figures may be left out (it ranks as zero, or without a value for a share).
     */
    Map<String, ChildFigure> children(String metric, DashboardQuery query);

    /** A child that has no figure on {@code metric}: zero for a count, no value for a share. */
    ChildFigure none(String metric);

    /** Writes its figures as the rows of its sheet of the report, in the language of {@code sheet}. */
    void report(F figures, ReportSheet sheet);
}
