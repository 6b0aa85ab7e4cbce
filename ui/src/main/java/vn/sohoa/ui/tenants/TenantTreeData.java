package vn.sohoa.ui.tenants;

import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.sohoa.admin.tenants.service.TenantFilter;
import vn.sohoa.admin.tenants.service.TenantNode;
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
    private final Set<String> withChildren = new HashSet<>();
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

    /** Known from the page the tenant came in, so opening a level costs no query per node. */
    @Override
    public boolean hasChildren(TenantSnapshot tenant) {
        return withChildren.contains(tenant.code());
    }

    @Override
    protected Stream<TenantSnapshot> fetchChildrenFromBackEnd(HierarchicalQuery<TenantSnapshot, Void> query) {
        // The grid may ask for any window; two service pages of the window's size always cover it.
        int size = Math.max(1, query.getLimit());
        int first = query.getOffset() / size;
        TenantFilter filter = filterBelow(query.getParent());
        List<TenantNode> items = new ArrayList<>(nodes(filter, first, size).items());
        if (query.getOffset() % size != 0) {
            items.addAll(nodes(filter, first + 1, size).items());
        }
        items.forEach(node -> {
            if (node.hasChildren()) {
                withChildren.add(node.tenant().code());
            } else {
                withChildren.remove(node.tenant().code());
            }
        });
        return items.stream().skip(query.getOffset() % size).limit(size).map(TenantNode::tenant);
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

    private Page<TenantNode> nodes(TenantFilter filter, int page, int size) {
        return tenants.nodes(routes.caller(), filter, new PageRequest(page, size));
    }
}
