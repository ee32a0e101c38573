package org.veikart.tools.diagram;

import java.util.List;

/**
 * What one box shows: the classifier's name, whether it is a class, an abstract class (name in
 * italics), an enum (with «enumeration») or a reference to a classifier drawn in full on another
 * diagram (name and a note only), and its member lines (attributes as {@code name : Type [mult]},
 * or the enum's literals wrapped into lines).
 */
record ClassifierBox(String name, Kind kind, List<String> lines) {

    enum Kind { CLASS, ABSTRACT_CLASS, ENUM, ELSEWHERE }
}
