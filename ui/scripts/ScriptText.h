#pragma once

#include "scripts/CheckerFinding.h"
#include "scripts/MessageScript.h"

#include <QCoreApplication>
#include <QString>

namespace bearings::ui {

// Words the message pages show, in one place.
class ScriptText final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::ScriptText)

public:
    // "Softening words: “maybe”", or just the title when the explanation
    // already quotes the words.
    static QString findingTitle(const CheckerFinding &finding);
    static QString findingAccessibleText(const CheckerFinding &finding);
    // "42 words, 230 characters".
    static QString counts(int words, int characters);
    // The second line of a draft in the list: kind, who it is for, when it changed.
    static QString draftDetails(const MessageScript &script, const QString &relationshipName);
    // A quotation cut to a readable length.
    static QString excerpt(const QString &text, int maxLength = 48);
};

} // namespace bearings::ui
