package vn.sohoa.admin.restructuring.service;

import java.util.List;

/** One tenant a split creates, with the sub-units it takes over. */
public record SplitPart(String code, String name, List<String> unitCodes) {}
