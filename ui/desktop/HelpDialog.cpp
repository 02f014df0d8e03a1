#include "HelpDialog.h"

#include "common/Theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {
constexpr QSize kDefaultSize(860, 680);
constexpr int kTopicsWidth = 200;
} // namespace

HelpDialog::HelpDialog(const HelpContent::Options &options, QWidget *parent)
    : QDialog(parent)
    , m_topics(new QListWidget)
    , m_text(new QTextBrowser)
{
    setObjectName(u"helpDialog"_s);
    // A plain title: the help may be open when someone glances at the screen.
    setWindowTitle(tr("Help"));
    setAccessibleName(tr("Help"));
    QSize size = kDefaultSize;
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);

    m_topics->setObjectName(u"helpTopics"_s);
    m_topics->setAccessibleName(tr("Help topics"));
    m_topics->setFixedWidth(kTopicsWidth);
    m_topics->setSpacing(2);
    const auto entries = HelpContent::contents();
    for (const HelpContent::Entry &entry : entries) {
        auto *item = new QListWidgetItem(entry.title, m_topics);
        item->setData(Qt::UserRole, entry.anchor);
        item->setData(Qt::AccessibleTextRole, entry.title);
    }

    m_text->setObjectName(u"helpText"_s);
    m_text->setAccessibleName(tr("Help text"));
    // Nothing opens a browser or loads anything: links inside the document
    // only scroll it.
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->document()->setDocumentMargin(Spacing::Large);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"helpClose"_s);
    close->setAccessibleName(tr("Close"));

    auto *row = new QHBoxLayout;
    row->setSpacing(Spacing::Medium);
    row->addWidget(m_topics);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Medium, Spacing::Medium, Spacing::Medium, Spacing::Medium);
    layout->setSpacing(Spacing::Medium);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_topics, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_text->scrollToAnchor(item->data(Qt::UserRole).toString());
    });
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.isRelative() && url.path().isEmpty() && url.hasFragment())
            m_text->scrollToAnchor(url.fragment());
    });

    setOptions(options);
}

void HelpDialog::setOptions(const HelpContent::Options &options)
{
    m_text->setHtml(HelpContent::html(options));
}

void HelpDialog::showTopic(const QString &anchor)
{
    for (int row = 0; row < m_topics->count(); ++row) {
        if (m_topics->item(row)->data(Qt::UserRole).toString() == anchor) {
            m_topics->setCurrentRow(row);
            m_text->scrollToAnchor(anchor);
            return;
        }
    }
}

QString HelpDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace bearings::ui
