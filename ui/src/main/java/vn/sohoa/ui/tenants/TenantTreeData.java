package vn.sohoa.ui.tenants;

import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.sohoa.admin.tenants.service.TenantFilter;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The tenants of the tree, loaded one level at a time as branches open. Without a search the roots
 * are the tops of what the person sees; with one, every matching tenant is a root of its own, so a
 * commune is found without opening its province first.
 */
class TenantTreeData extends AbstractBackEndHierarchicalDataProvider<TenantSnapshot, Void> {

    private final TenantRoutes routes;
    private final TenantService tenants;
    private String search = "";

    TenantTreeData(TenantRoutes routes, TenantService tenants) {
        this.routes = routes;
        this.tenants = tenants;
    }

    void search(String text) {
        search = text == null ? "" : text.strip();
        refreshAll();
    }

    @Override
    public int getChildCount(HierarchicalQuery<TenantSnapshot, Void> query) {
        return (int) page(filterBelow(query.getParent()), 0, 1).total();
    }

    @Override
    public boolean hasChildren(TenantSnapshot tenant) {
        return page(filterBelow(tenant), 0, 1).total() > 0;
    }

    @Override
    protected Stream<TenantSnapshot> fetchChildrenFromBackEnd(HierarchicalQuery<TenantSnapshot, Void> query) {
        // The grid may ask for any window; two service pages of the window's size always cover it.
        int size = Math.max(1, query.getLimit());
        int first = query.getOffset() / size;
        TenantFilter filter = filterBelow(query.getParent());
        List<TenantSnapshot> items = new ArrayList<>(page(filter, first, size).items());
        if (query.getOffset() % size != 0) {
            items.addAll(page(filter, first + 1, size).items());
        }
        return items.stream().skip(query.getOffset() % size).limit(size);
    }

    private TenantFilter filterBelow(TenantSnapshot parent) {
        if (parent != null) {
            return TenantFilter.of(parent.code(), null);
        }
        return search.isEmpty() ? TenantFilter.roots() : TenantFilter.of(null, search);
    }

    private Page<TenantSnapshot> page(TenantFilter filter, int page, int size) {
        return tenants.list(routes.caller(), filter, new PageRequest(page, size));
    }
}
