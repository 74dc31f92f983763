package io.tessera.plugins.accounting.banking;

import io.tessera.sdk.web.ApiProblem;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads an ISO 20022 CAMT.053 bank-to-customer statement ({@code Document/BkToCstmrStmt/Stmt}, any {@code camt.053.001.xx}
 * version) with the JDK's DOM parser in secure processing mode: no DTDs, no external entities or schemas, no XInclude.
 * One statement per file. Per entry ({@code Ntry}): amount and currency, credit/debit, booking date, the bank's
 * reference (entry or transaction {@code AcctSvcrRef}, else the end-to-end id), remittance information (unstructured or
 * the structured creditor reference) and the counterparty (the debtor of a credit, the creditor of a debit). Balances
 * {@code OPBD}/{@code PRCD} and {@code CLBD} are read as opening and closing.
 */
final class Camt053 {

    private Camt053() {
    }

    static ParsedStatement parse(String xml) {
        Document doc = secureParse(xml);
        List<Element> statements = children(doc.getDocumentElement(), "BkToCstmrStmt").stream()
                .flatMap(b -> children(b, "Stmt").stream()).toList();
        if (statements.size() != 1) {
            throw invalid("must hold exactly one CAMT.053 statement (Document/BkToCstmrStmt/Stmt), found " + statements.size());
        }
        Element stmt = statements.getFirst();
        String id = text(stmt, "Id");
        String currency = text(stmt, "Acct", "Ccy");
        BigDecimal opening = null;
        BigDecimal closing = null;
        for (Element bal : children(stmt, "Bal")) {
            String type = text(bal, "Tp", "CdOrPrtry", "Cd");
            BigDecimal amount = signed(bal, "Bal");
            if ("OPBD".equals(type) || ("PRCD".equals(type) && opening == null)) {
                opening = amount;
            } else if ("CLBD".equals(type)) {
                closing = amount;
            }
            if (currency == null) {
                currency = child(bal, "Amt").map(a -> a.getAttribute("Ccy")).orElse(null);
            }
        }
        LocalDate from = date(text(stmt, "FrToDt", "FrDtTm"), "FrToDt");
        LocalDate to = date(text(stmt, "FrToDt", "ToDtTm"), "FrToDt");
        List<ParsedStatement.Line> lines = new ArrayList<>();
        List<Element> entries = children(stmt, "Ntry");
        for (int i = 0; i < entries.size(); i++) {
            Element e = entries.get(i);
            String where = "Ntry[" + (i + 1) + "]";
            BigDecimal amount = signed(e, where);
            String lineCurrency = child(e, "Amt").map(a -> a.getAttribute("Ccy")).filter(c -> !c.isEmpty()).orElse(null);
            String booked = text(e, "BookgDt", "Dt");
            if (booked == null) {
                booked = text(e, "BookgDt", "DtTm");
            }
            LocalDate date = date(booked, where + ".BookgDt");
            if (date == null) {
                throw invalid(where + " has no booking date (BookgDt)");
            }
            Element tx = child(e, "NtryDtls").flatMap(d -> child(d, "TxDtls")).orElse(null);
            String txId = text(e, "AcctSvcrRef");
            String reference = null;
            String counterparty = null;
            if (tx != null) {
                if (txId == null) {
                    txId = text(tx, "Refs", "AcctSvcrRef");
                }
                String endToEnd = text(tx, "Refs", "EndToEndId");
                if (txId == null && endToEnd != null && !"NOTPROVIDED".equals(endToEnd)) {
                    txId = endToEnd;
                }
                reference = text(tx, "RmtInf", "Ustrd");
                if (reference == null) {
                    reference = text(tx, "RmtInf", "Strd", "CdtrRefInf", "Ref");
                }
                counterparty = amount.signum() > 0 ? text(tx, "RltdPties", "Dbtr", "Nm") : text(tx, "RltdPties", "Cdtr", "Nm");
                if (counterparty == null) {
                    counterparty = amount.signum() > 0 ? text(tx, "RltdPties", "Dbtr", "Pty", "Nm")
                            : text(tx, "RltdPties", "Cdtr", "Pty", "Nm");
                }
            }
            if (txId == null) {
                txId = text(e, "NtryRef");
            }
            if (reference == null) {
                reference = text(e, "AddtlNtryInf");
            }
            lines.add(new ParsedStatement.Line(date, amount, lineCurrency, reference, counterparty, txId));
        }
        return new ParsedStatement(id, currency, from, to, opening, closing, lines);
    }

    /** A DOM parser that reads no DTD and resolves nothing outside the document. */
    static Document secureParse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(true);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks secure processing", e);
        } catch (SAXException e) {
            throw invalid("is not well-formed XML or uses a DTD: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal signed(Element parent, String where) {
        String amount = text(parent, "Amt");
        String indicator = text(parent, "CdtDbtInd");
        if (amount == null || indicator == null) {
            throw invalid(where + " needs Amt and CdtDbtInd");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw invalid(where + ".Amt is not a number: " + amount);
        }
        return switch (indicator.strip()) {
            case "CRDT" -> value;
            case "DBIT" -> value.negate();
            default -> throw invalid(where + ".CdtDbtInd must be CRDT or DBIT");
        };
    }

    private static LocalDate date(String value, String where) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException again) {
                throw invalid(where + " is not an ISO date: " + value);
            }
        }
    }

    private static String text(Element parent, String... path) {
        Element e = parent;
        for (String name : path) {
            e = child(e, name).orElse(null);
            if (e == null) {
                return null;
            }
        }
        String t = e.getTextContent().strip();
        return t.isEmpty() ? null : t;
    }

    private static java.util.Optional<Element> child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static ApiProblem invalid(String message) {
        return ApiProblem.invalid("body", message);
    }
}
