package vn.sohoa.admin.restructuring.service;

import java.util.List;

/** A tenant's history in the hierarchy: whom it succeeded, who succeeded it, and where it moved. */
public record Lineage(String code, List<LineageLink> predecessors, List<LineageLink> successors,
                      List<ParentChange> moves) {}
