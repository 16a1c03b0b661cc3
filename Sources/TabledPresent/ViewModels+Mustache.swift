import Mustache

// Mustache looks a name up on every tag; by default through Mirror, which builds a
// reflection of the whole value each time. These lookups go straight to the field, and
// hand a nested view, a text, a block's place, a list or a flag on as a `MustacheView`, so
// that Mustache meets one type, not a dozen.
// ViewModelLookupTests checks each one against Mirror, so a field added to a view but
// not here fails a test.

extension ReportView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheView.text(self.title)
        case "label": MustacheView.text(self.label)
        case "council": MustacheView.text(self.council)
        case "logo": MustacheView.text(self.logo)
        case "meeting": self.meeting.map(MustacheView.init)
        case "from": MustacheView.text(self.from)
        case "facts": MustacheView.list(self.facts)
        case "hasFacts": MustacheView.flag(self.hasFacts)
        case "exempt": self.exempt.map(MustacheView.init)
        case "summary": self.summary.map(MustacheView.init)
        case "recommendations": self.recommendations.map(MustacheView.init)
        case "finalRecommendations": self.finalRecommendations.map(MustacheView.init)
        case "sections": MustacheView.list(self.sections)
        case "implications": MustacheView.list(self.implications)
        case "signed": self.signed.map(MustacheView.init)
        case "backgroundPapers": self.backgroundPapers.map(MustacheView.init)
        case "contacts": MustacheView.list(self.contacts)
        case "hasContacts": MustacheView.flag(self.hasContacts)
        case "appendices": MustacheView.list(self.appendices)
        case "hasAppendices": MustacheView.flag(self.hasAppendices)
        case "published": MustacheView.text(self.published)
        case "blocks": MustacheView(self.blocks)
        default: nil
        }
    }
}

extension ReportBlocks: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": MustacheView.block(self.label)
        case "logo": MustacheView.block(self.logo)
        case "masthead": MustacheView.block(self.masthead)
        case "facts": MustacheView.block(self.facts)
        case "exemptNotice": MustacheView.block(self.exemptNotice)
        case "signature": MustacheView.block(self.signature)
        case "backgroundPapers": MustacheView.block(self.backgroundPapers)
        case "contacts": MustacheView.block(self.contacts)
        case "appendices": MustacheView.block(self.appendices)
        default: nil
        }
    }
}

extension AgendaBlocks: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "masthead": MustacheView.block(self.masthead)
        case "contents": MustacheView.block(self.contents)
        case "webcast": MustacheView.block(self.webcast)
        case "notes": MustacheView.block(self.notes)
        case "partOne": MustacheView.block(self.partOne)
        default: nil
        }
    }
}

extension MeetingView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "body": MustacheView.text(self.body)
        case "date": MustacheView.text(self.date)
        case "weekday": MustacheView.text(self.weekday)
        case "item": MustacheView.text(self.item)
        case "reference": MustacheView.text(self.reference)
        default: nil
        }
    }
}

extension FactView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": MustacheView.text(self.name)
        case "value": MustacheView.text(self.value)
        default: nil
        }
    }
}

extension ExemptView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "paragraphs": MustacheView.text(self.paragraphs)
        case "noun": MustacheView.text(self.noun)
        case "reason": MustacheView.text(self.reason)
        default: nil
        }
    }
}

extension SectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": MustacheView.text(self.number)
        case "anchor": MustacheView.text(self.anchor)
        case "title": MustacheView.text(self.title)
        case "heading": MustacheView.block(self.heading)
        case "paragraphs": MustacheView.list(self.paragraphs)
        default: nil
        }
    }
}

extension ParagraphView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": MustacheView.text(self.number)
        case "anchor": MustacheView.text(self.anchor)
        case "block": MustacheView.block(self.block)
        default: nil
        }
    }
}

extension RecommendationsView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": MustacheView.text(self.number)
        case "anchor": MustacheView.text(self.anchor)
        case "title": MustacheView.text(self.title)
        case "heading": MustacheView.block(self.heading)
        case "lead": MustacheView.block(self.lead)
        case "items": MustacheView.list(self.items)
        default: nil
        }
    }
}

extension SignatoryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": MustacheView.text(self.name)
        case "role": MustacheView.text(self.role)
        default: nil
        }
    }
}

extension BackgroundPapersView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "items": MustacheView.text(self.items)
        case "none": MustacheView.flag(self.none)
        default: nil
        }
    }
}

extension ContactView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": MustacheView.text(self.name)
        case "role": MustacheView.text(self.role)
        case "phone": MustacheView.text(self.phone)
        case "email": MustacheView.text(self.email)
        default: nil
        }
    }
}

extension AppendixView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": MustacheView.text(self.number)
        case "anchor": MustacheView.text(self.anchor)
        case "title": MustacheView.text(self.title)
        case "file": MustacheView.text(self.file)
        case "exempt": MustacheView.flag(self.exempt)
        default: nil
        }
    }
}

extension AgendaView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheView.text(self.title)
        case "council": MustacheView.text(self.council)
        case "body": MustacheView.text(self.body)
        case "date": MustacheView.text(self.date)
        case "time": MustacheView.text(self.time)
        case "venue": MustacheView.text(self.venue)
        case "published": MustacheView.text(self.published)
        case "members": MustacheView.list(self.members)
        case "hasMembers": MustacheView.flag(self.hasMembers)
        case "substitutes": MustacheView.list(self.substitutes)
        case "hasSubstitutes": MustacheView.flag(self.hasSubstitutes)
        case "quorum": MustacheView.text(self.quorum)
        case "contact": self.contact.map(MustacheView.init)
        case "partOne": MustacheView.list(self.partOne)
        case "partTwo": MustacheView.list(self.partTwo)
        case "hasPartTwo": MustacheView.flag(self.hasPartTwo)
        case "blocks": MustacheView(self.blocks)
        default: nil
        }
    }
}

extension MemberView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": MustacheView.text(self.name)
        case "role": MustacheView.text(self.role)
        case "party": MustacheView.text(self.party)
        case "substitute": MustacheView.text(self.substitute)
        default: nil
        }
    }
}

extension AgendaItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": MustacheView.text(self.number)
        case "anchor": MustacheView.text(self.anchor)
        case "title": MustacheView.text(self.title)
        case "text": MustacheView.text(self.text)
        case "from": MustacheView.text(self.from)
        case "exempt": MustacheView.text(self.exempt)
        case "link": MustacheView.text(self.link)
        case "note": MustacheView.text(self.note)
        case "block": MustacheView.block(self.block)
        default: nil
        }
    }
}
