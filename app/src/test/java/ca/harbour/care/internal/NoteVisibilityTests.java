package ca.harbour.care.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which notes each function reads, and who may share. */
class NoteVisibilityTests {

    @Test
    void policeReadAChildProtectionNoteOnlyOnceShared() {
        for (MemberFunction reader : MemberFunction.values()) {
            for (MemberFunction author : MemberFunction.values()) {
                boolean hidden = reader == MemberFunction.POLICE && author == MemberFunction.CHILD_PROTECTION;
                assertThat(NoteVisibility.visible(reader, author, false))
                        .as(reader + " reads " + author)
                        .isEqualTo(!hidden);
                assertThat(NoteVisibility.visible(reader, author, true)).isTrue();
            }
        }
    }

    @Test
    void onlyAChildProtectionMemberSharesAChildProtectionNote() {
        for (MemberFunction sharer : MemberFunction.values()) {
            for (MemberFunction author : MemberFunction.values()) {
                assertThat(NoteVisibility.mayShare(sharer, author))
                        .isEqualTo(
                                sharer == MemberFunction.CHILD_PROTECTION && author == MemberFunction.CHILD_PROTECTION);
            }
        }
    }
}
