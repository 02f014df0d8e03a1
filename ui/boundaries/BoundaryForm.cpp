#include "BoundaryForm.h"

#include "boundaries/BoundaryRepository.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "storage/Database.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

QLineEdit *textField(const QString &key, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(key);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(BoundaryRepository::kMaxTextLength);
    return edit;
}

} // namespace

BoundaryForm::BoundaryForm(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(new WrapLabel)
    , m_behaviour(textField(u"behaviour"_s, tr("The behaviour"), tr("For example: shouting at me")))
    , m_limit(textField(
          u"limit"_s, tr("My limit"), tr("For example: I will not stay in a conversation where I am shouted at")))
    , m_consequence(textField(
          u"consequence"_s, tr("If it happens"), tr("For example: I will say we can talk later, and leave the room")))
    , m_problem(new WrapLabel)
    , m_save(new QPushButton)
    , m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(u"boundaryForm"_s);
    m_heading->setObjectName(u"boundaryFormHeading"_s);
    m_heading->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    m_problem->setObjectName(u"boundaryProblem"_s);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Attention));
    m_problem->setPalette(problemPalette);
    m_problem->setVisible(false);
    m_save->setObjectName(u"saveBoundary"_s);
    m_cancel->setObjectName(u"cancelBoundaryEdit"_s);
    m_cancel->setAccessibleName(tr("Stop editing this boundary"));

    auto *fields = new QFormLayout;
    fields->setSpacing(Spacing::Small);
    fields->addRow(tr("When this happens"), m_behaviour);
    fields->addRow(tr("My limit"), m_limit);
    fields->addRow(tr("If it happens"), m_consequence);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(Spacing::Small);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Small);
    layout->addWidget(m_heading);
    layout->addLayout(fields);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &BoundaryForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &BoundaryForm::reset);
    for (QLineEdit *edit : {m_behaviour, m_limit, m_consequence})
        connect(edit, &QLineEdit::returnPressed, this, &BoundaryForm::save);

    reset();
}

QString BoundaryForm::problem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void BoundaryForm::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setAccessibleName(message);
    m_problem->setVisible(!message.isEmpty());
}

void BoundaryForm::edit(const Boundary &boundary)
{
    m_editing = boundary;
    m_heading->setText(tr("Edit this boundary"));
    m_behaviour->setText(boundary.behaviour);
    m_limit->setText(boundary.limit);
    m_consequence->setText(boundary.consequence);
    m_save->setText(tr("Save changes"));
    m_save->setAccessibleName(tr("Save the changes to this boundary"));
    m_cancel->setVisible(true);
    showProblem({});
    m_behaviour->setFocus(Qt::OtherFocusReason);
}

void BoundaryForm::reset()
{
    const bool wasEditing = m_editing.id > 0;
    m_editing = Boundary {};
    m_heading->setText(tr("Add a boundary"));
    m_behaviour->clear();
    m_limit->clear();
    m_consequence->clear();
    m_save->setText(tr("Add boundary"));
    m_save->setAccessibleName(tr("Add this boundary"));
    m_cancel->setVisible(false);
    showProblem({});
    if (wasEditing)
        m_behaviour->setFocus(Qt::OtherFocusReason);
}

void BoundaryForm::save()
{
    if (!m_context.isOpen())
        return;
    Boundary boundary = m_editing;
    if (boundary.id <= 0)
        boundary.relationshipId = m_context.currentRelationshipId();
    boundary.behaviour = m_behaviour->text();
    boundary.limit = m_limit->text();
    boundary.consequence = m_consequence->text();

    BoundaryRepository repo(m_context.database());
    qint64 id = boundary.id;
    if (id > 0) {
        if (const Status updated = repo.update(boundary); !updated.ok()) {
            showProblem(updated.error().message);
            return;
        }
    } else {
        const Result<qint64> added = repo.add(boundary);
        if (!added.ok()) {
            showProblem(added.error().message);
            return;
        }
        id = added.value();
    }
    m_editing = Boundary {};
    reset();
    m_behaviour->setFocus(Qt::OtherFocusReason);
    Q_EMIT saved(id);
}

} // namespace bearings::ui
