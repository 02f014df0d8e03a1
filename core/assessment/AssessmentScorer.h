#pragma once

#include "assessment/Assessment.h"

#include <QMap>
#include <QString>

namespace bearings {

class Questionnaire;

// Turns a sitting's answers into a suggestion and the answers that drove it.
//
// The rule table (also in docs/ASSESSMENT.md), checked top to bottom; the
// first rule that matches decides. A share is a group's points (the sum of its
// answer values) divided by its most possible points.
//
//   1. Any red flag answered yes          -> SafetyFirst, always, whatever else
//                                            is answered. Drivers: red flags.
//   2. Cut signs share >= 1/2, or any
//      answer > 0 to an abuse question    -> Cut. Abuse is not a relationship
//                                            problem to fix together.
//                                            Drivers: cut signs.
//   3. Harm share >= 1/2 and repair
//      signs share < 1/2                  -> Limit. Drivers: harm.
//   4. Repair signs share >= 1/2 and
//      harm share < 3/4                   -> Repair. Drivers: repair signs.
//   5. Anything else                      -> Limit. Drivers: harm and repair
//                                            signs.
//
// Drivers are the non-zero answers of the deciding groups, strongest first:
// by value as a share of the question's most possible value (so "yes" weighs
// the same as "often"), ties kept in questionnaire order.
//
// Thinking traps are never scored. Answers to unknown questions and values
// out of range are ignored here (AssessmentRepository refuses to store them),
// except that a red flag with any value above 0 counts as "yes": a malformed
// value must never hide a safety concern.
// Because rule 1 comes first, Repair can never be suggested while any red
// flag is answered.
class AssessmentScorer final {
public:
    // Scores of the four scored groups (harm, repair signs, cut signs, red
    // flags), in that order, plus the suggestion and its drivers.
    static AssessmentResult score(const Questionnaire &questionnaire, const QMap<QString, int> &answers);
};

} // namespace bearings
