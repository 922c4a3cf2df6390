package org.gongjiang.stats.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongjiang.stats.model.StatsDimension;
import org.gongjiang.stats.model.StatsTable;
import org.junit.jupiter.api.Test;

class StatsFieldsTest {

    @Test
    void aLabelColumnIsTitledInTheLanguageOfTheAnswer() {
        StatsTable.Field label = StatsService.nominationFields(List.of(StatsDimension.INDUSTRY)).stream()
                .filter(field -> field.name().equals("industryName")).findFirst().orElseThrow();
        assertEquals("行业名称", label.title().zh());
        assertEquals("Industry, as named", label.title().en());
    }
}
