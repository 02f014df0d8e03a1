#include "TracesPage.h"

#include "DiscreetMode.h"
#include "SingleInstance.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

// app/main.cpp leaves this empty marker beside the lock file when Bearings is
// started a second time while it runs hidden.
constexpr QStringView kWakeFileName = u"wake";

struct Trace {
    QString name;
    QString path; // empty: no fixed place
    QString contents;
    bool encrypted = false;
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

TracesPage::TracesPage(
    const QString &vaultPath, const QString &settingsPath, const QString &lockDirectory, QWidget *parent)
    : QWidget(parent)
    , m_vaultPath(vaultPath)
    , m_settingsPath(settingsPath)
    , m_lockDirectory(lockDirectory)
    , m_text(new QTextBrowser)
{
    setObjectName(u"tracesPage"_s);
    setAccessibleName(tr("Traces on this computer"));

    auto *intro
        = new WrapLabel(tr("Everything you write is kept in one encrypted file. These are all the files "
                           "Bearings leaves on this computer, where they really are, and what it cannot hide."));

    m_text->setObjectName(u"tracesText"_s);
    m_text->setAccessibleName(tr("Traces on this computer"));
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(Spacing::Medium);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Large, Spacing::Large, Spacing::Large, Spacing::Large);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);

    refresh();
}

void TracesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QString TracesPage::text() const
{
    return m_text->toPlainText();
}

void TracesPage::refresh()
{
    const QDir lockDir(m_lockDirectory);
    const QList<Trace> files {
        {tr("Your vault"), m_vaultPath,
            tr("Everything you write in Bearings. While it saves, a temporary copy appears beside it for a moment; "
               "that copy is encrypted too."),
            true},
        {tr("The vault's backup"), Vault::backupPath(m_vaultPath),
            tr("The previous save, kept in case the vault is damaged."), true},
        {tr("Settings"), m_settingsPath,
            tr("Window size and position, the area you last opened, and your choices in the settings: language, "
               "look, region, locking and reminders. Nothing you write."),
            false},
        {tr("Lock file"), lockDir.filePath(SingleInstance::kFileName.toString()),
            tr("Exists while Bearings is open, so that it runs only once. Holds the program's process number and "
               "name and the computer's name."),
            false},
        {tr("Wake marker"), lockDir.filePath(kWakeFileName.toString()),
            tr("An empty file that appears for a moment when Bearings is started again while it runs hidden."), false},
        {tr("Files you export or print to a file"), {},
            tr("Wherever you choose to save them. They hold what you chose to export, readable by anyone who opens "
               "them. Delete them when you no longer need them."),
            false},
    };

    const QPalette palette = QApplication::palette();
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    QString html = u"<h3>%1</h3>"_s.arg(escaped(tr("Files Bearings keeps")));
    for (const Trace &trace : files) {
        html += u"<p style=\"margin-bottom: 0\"><b>%1</b></p>"_s.arg(escaped(trace.name));
        if (!trace.path.isEmpty()) {
            const QString state = QFileInfo::exists(trace.path) ? tr("There now.") : tr("Not there now.");
            html += u"<p style=\"margin: 2px 0 0 0\"><span style=\"font-family: monospace\">%1</span> "
                    u"<span style=\"color: %2\">%3</span></p>"_s.arg(
                        escaped(QDir::toNativeSeparators(trace.path)), muted, escaped(state));
        }
        const QString encryption = trace.encrypted ? tr("Encrypted with your passphrase.")
                                                   : tr("Not encrypted: anyone who can open the file can read it.");
        html += u"<p style=\"margin-top: 2px\">%1 <i>%2</i></p>"_s.arg(escaped(trace.contents), escaped(encryption));
    }

    const QStringList cannotHide {
        tr("That Bearings is installed: the program, its menu entry and the folder names above contain the word "
           "“Bearings”."),
        tr("Its window, while it is open: it is listed in the task bar and the task switcher (as “%1” in discreet "
           "mode).")
            .arg(DiscreetMode::windowTitle(true)),
        tr("Files you export: the system or other programs may keep lists of recently used files, or thumbnails."),
        tr("Backup and sync tools, such as cloud folders, may copy the vault file. The copy stays encrypted, but it "
           "shows that the file exists."),
        tr("Monitoring software on this computer, or someone watching the screen or your typing. If you think this "
           "computer is watched, a device the other person cannot reach is safer."),
    };
    html += u"<h3>%1</h3><ul>"_s.arg(escaped(tr("What Bearings cannot hide")));
    for (const QString &item : cannotHide)
        html += u"<li style=\"margin-bottom: 4px\">%1</li>"_s.arg(escaped(item));
    html += u"</ul>"_s;

    const int scroll = m_text->verticalScrollBar() ? m_text->verticalScrollBar()->value() : 0;
    m_text->setHtml(html);
    if (m_text->verticalScrollBar())
        m_text->verticalScrollBar()->setValue(scroll);
}

} // namespace bearings::ui
