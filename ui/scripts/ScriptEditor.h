#pragma once

#include "scripts/MessageChecker.h"

#include <QList>
#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace bearings::ui {

// The message editor: a plain text editor highlighted by KSyntaxHighlighting
// with Bearings' own definition ("Bearings Message"). The theme follows the
// application palette (Breeze Light or Breeze Dark) and the text is
// re-highlighted when the palette changes. On top of the syntax colours it
// marks the blanks the placeholder panel already has a value for (calmer, as
// they are taken care of) and underlines the checker's findings.
class ScriptEditor final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptEditor)

public:
    explicit ScriptEditor(QWidget *parent = nullptr);
    ~ScriptEditor() override;

    // False when the syntax definition could not be found: the editor still
    // works, without colours.
    bool hasSyntax() const;
    QString themeName() const;

    void setFilledSpans(const QList<bearings::TextSpan> &spans);
    void setFindingSpans(const QList<bearings::TextSpan> &spans);
    QList<bearings::TextSpan> filledSpans() const { return m_filled; }
    // Selects the text and scrolls to it.
    void selectSpan(qsizetype start, qsizetype length);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTheme();
    void updateExtraSelections();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QString m_themeName;
    bool m_applyingTheme = false;
    QList<bearings::TextSpan> m_filled;
    QList<bearings::TextSpan> m_findings;
};

} // namespace bearings::ui
