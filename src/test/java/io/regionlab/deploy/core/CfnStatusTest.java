package io.regionlab.deploy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CfnStatusTest {

    @ParameterizedTest
    @CsvSource({
            "CREATE_IN_PROGRESS, IN_PROGRESS", "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS, IN_PROGRESS", "ROLLBACK_IN_PROGRESS, IN_PROGRESS",
            "DELETE_IN_PROGRESS, IN_PROGRESS", "CREATE_COMPLETE, SUCCEEDED", "UPDATE_COMPLETE, SUCCEEDED", "IMPORT_COMPLETE, SUCCEEDED",
            "ROLLBACK_COMPLETE, ROLLED_BACK", "UPDATE_ROLLBACK_COMPLETE, ROLLED_BACK", "CREATE_FAILED, FAILED", "ROLLBACK_FAILED, FAILED",
            "UPDATE_ROLLBACK_FAILED, FAILED", "DELETE_FAILED, FAILED", "DELETE_COMPLETE, DELETED", "REVIEW_IN_PROGRESS, REVIEW"})
    void everyStatusCloudFormationReportsHasAMeaning(String status, CfnStatus meaning) {
        assertThat(CfnStatus.of(status)).isEqualTo(meaning);
        assertThat(CfnStatus.of(status).terminal()).isEqualTo(meaning != CfnStatus.IN_PROGRESS);
    }

    @ParameterizedTest
    @CsvSource({"CREATE_COMPLETE, true", "UPDATE_ROLLBACK_COMPLETE, true", "ROLLBACK_COMPLETE, false", "REVIEW_IN_PROGRESS, false",
            "UPDATE_IN_PROGRESS, false"})
    void onlySettledStacksTakeAnUpdate(String status, boolean updatable) {
        assertThat(CfnStatus.updatable(status)).isEqualTo(updatable);
    }

    @org.junit.jupiter.api.Test
    void anUnknownStatusIsNotGuessed() {
        assertThatThrownBy(() -> CfnStatus.of("SOMETHING_NEW")).hasMessageContaining("SOMETHING_NEW");
    }
}
