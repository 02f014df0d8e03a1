#include "ScriptEditor.h"

#include "SyntaxRepository.h"
#include "common/Theme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QEvent>
#include <QTextBlock>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

QColor mixed(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
        float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
        float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

} // namespace

ScriptEditor::ScriptEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    QCoreApplication::instance()->installEventFilter(this);
    // A message has no use for tab characters; Tab moves on, as everywhere else.
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // setTheme() before setDefinition(): the first highlighting pass then
    // already uses the right colours.
    applyTheme();
    m_highlighter->setDefinition(SyntaxRepository::messageDefinition());
}

ScriptEditor::~ScriptEditor() = default;

bool ScriptEditor::hasSyntax() const
{
    return m_highlighter->definition().isValid();
}

QString ScriptEditor::themeName() const
{
    return m_themeName;
}

void ScriptEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (!m_applyingTheme
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        applyTheme();
}

bool ScriptEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Qt 6.4 has no colour-scheme signal: a light/dark switch arrives as a new
    // application palette, announced to the application object. The editor
    // itself hears nothing, as it has a palette of its own.
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    return QPlainTextEdit::eventFilter(watched, event);
}

void ScriptEditor::applyTheme()
{
    const QPalette app = QApplication::palette();
    const KSyntaxHighlighting::Theme theme = SyntaxRepository::themeFor(app);
    m_applyingTheme = true;
    QPalette p = app;
    if (theme.isValid()) {
        p.setColor(QPalette::Base, QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        p.setColor(QPalette::Text, QColor::fromRgb(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
        p.setColor(QPalette::Highlight, QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
        p.setColor(QPalette::HighlightedText, QColor::fromRgb(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    }
    setPalette(p);
    m_applyingTheme = false;

    const bool changed = theme.name() != m_themeName;
    m_themeName = theme.name();
    if (changed) {
        m_highlighter->setTheme(theme);
        m_highlighter->rehighlight();
    }
    updateExtraSelections();
}

void ScriptEditor::setFilledSpans(const QList<TextSpan> &spans)
{
    if (spans == m_filled)
        return;
    m_filled = spans;
    updateExtraSelections();
}

void ScriptEditor::setFindingSpans(const QList<TextSpan> &spans)
{
    if (spans == m_findings)
        return;
    m_findings = spans;
    updateExtraSelections();
}

void ScriptEditor::selectSpan(qsizetype start, qsizetype length)
{
    const qsizetype size = document()->characterCount() - 1;
    const int from = int(std::clamp<qsizetype>(start, 0, size));
    const int to = int(std::clamp<qsizetype>(start + length, from, size));
    QTextCursor cursor(document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void ScriptEditor::updateExtraSelections()
{
    const int size = document()->characterCount() - 1;
    QList<QTextEdit::ExtraSelection> selections;
    const auto add = [&](const TextSpan &span, const QTextCharFormat &format) {
        if (span.start < 0 || span.start + span.length > size || span.length <= 0)
            return;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(int(span.start));
        s.cursor.setPosition(int(span.start + span.length), QTextCursor::KeepAnchor);
        s.format = format;
        selections.append(s);
    };

    // A blank with a value waiting in the panel: a soft green wash instead of
    // the syntax colours' "still to do" look.
    QTextCharFormat filled;
    filled.setBackground(mixed(palette().color(QPalette::Base), Theme::accent(Theme::Accent::Positive), 0.22));
    filled.setForeground(palette().color(QPalette::Text));
    for (const TextSpan &span : std::as_const(m_filled))
        add(span, filled);

    QTextCharFormat finding;
    finding.setUnderlineStyle(QTextCharFormat::DotLine);
    finding.setUnderlineColor(Theme::accent(Theme::Accent::Attention));
    for (const TextSpan &span : std::as_const(m_findings))
        add(span, finding);
    setExtraSelections(selections);
}

} // namespace bearings::ui
