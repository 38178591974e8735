package org.evotraders.core.fills;

import java.time.LocalDate;

/** The market price an order executes against, before slippage, and the session it comes from. */
public record ReferencePrice(LocalDate session, double price) {}
